<?xml version="1.0" encoding="UTF-8"?>
<!-- The published POM of signing without the Titanium dependencies: their classes are shaded
     into the jar (relocated to io.github.microcredentials.signing.internal.titanium), so a
     consumer must not get the original jars too. Everything else is copied as it is. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:pom="http://maven.apache.org/POM/4.0.0">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>
  <xsl:template match="@*|node()">
    <xsl:copy>
      <xsl:apply-templates select="@*|node()"/>
    </xsl:copy>
  </xsl:template>
  <!-- a line break after the XML declaration, as the flattened POM has -->
  <xsl:template match="/">
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="pom:project/pom:dependencies/pom:dependency[normalize-space(pom:groupId) = 'com.apicatalog']"/>
  <!-- and the indentation before each removed dependency -->
  <xsl:template match="pom:project/pom:dependencies/text()[following-sibling::*[1][self::pom:dependency][normalize-space(pom:groupId) = 'com.apicatalog']]"/>
</xsl:stylesheet>
